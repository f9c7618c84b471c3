//! Hello world in Yew, with one button so the benchmark can time the same things as for
//! Signpost: a "Start now" button to wait for, and a click that changes the page's heading.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let page = use_state(|| 0u32);
    let next = {
        let page = page.clone();
        Callback::from(move |_| page.set(*page + 1))
    };
    let (heading, button) = match *page {
        0 => ("Hello, world".to_string(), "Start now"),
        n => (format!("Page {n}"), "Continue"),
    };
    html! {
        <main>
            <h1 id="page-heading">{ heading }</h1>
            <button onclick={next}>{ button }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
