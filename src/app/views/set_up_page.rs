//! "Set up Signpost for your setting" (`#set-up`): the setting's details, checked as the host
//! page's attributes are, the code to copy (`crate::host::set_up`), a preview of its contacts, and its
//! safeguarding procedure to print (`procedure`).
//! Everything stays in the page: nothing typed is sent or kept. It is a build of its own, drawn
//! beside the tool's (`set_up_slot`).

use super::layout::error_summary;
use super::outcome_page::{contact, dialable};
use super::procedure::Procedure;
use crate::app::browser;
use crate::app::fetched::{self, Fetched};
use crate::content::page_title;
use crate::content::pages::{question_page, set_up as words};
use crate::content::{self, Contact, Council, ReviewDates};
use crate::core::Outcome;
use crate::council::postcodes::Table;
use crate::council::search::{AreaFound, area};
use crate::host::local_contacts::{HostKey, LocalContacts, Problem};
use crate::host::set_up::SetUpCode;
use gloo::utils::window;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The field's input type: phones get a phone keypad, the email an email one.
fn input_type(key: HostKey) -> &'static str {
    use HostKey::*;
    match key {
        SocialCarePhone | OutOfHoursPhone | LadoPhone => "tel",
        LadoEmail => "email",
        SettingName | DesignatedLead | DeputyLead | AreaName | OfstedUrn => "text",
    }
}

thread_local! {
    /// The postcode table, fetched once for this build however often the page is opened.
    static TABLE: Cell<Option<&'static Table>> = const { Cell::new(None) };
}

#[derive(Properties, PartialEq)]
pub struct SetUpProps {
    /// Whether focus goes to the heading when the page is drawn: it was opened from another
    /// page of the tool (`set_up_slot`).
    pub focus_heading: bool,
}

/// A setting's details as given: each field's key and its trimmed value, leaving out the empty.
pub type Details = Vec<(HostKey, String)>;

pub fn details_of(values: &[String]) -> Details {
    HostKey::ALL
        .iter()
        .zip(values.iter())
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| (*key, value.trim().to_owned()))
        .collect()
}

pub fn read(details: &Details) -> (LocalContacts, Vec<Problem>) {
    LocalContacts::read(
        details
            .iter()
            .map(|(key, value)| (key.id(), value.as_str())),
    )
}

#[component]
pub fn SetUpPage(props: &SetUpProps) -> Html {
    let values = use_state(|| vec![String::new(); HostKey::COUNT]);
    // The details as they were last checked: when "Show the code" was pressed, as GOV.UK forms
    // check on submit, not at each key; their problems are the ones shown.
    let checked = use_state(|| None::<Details>);
    // The details the code is for: the last checked with no problem. Once the code shows, it
    // follows each change to the fields that has no problem.
    let coded = use_state(|| None::<Details>);
    // Counts the presses, so focus and the title change after each one is drawn.
    let presses = use_state(|| 0_u32);
    let problems = checked
        .as_ref()
        .map(read)
        .map(|(_, problems)| problems)
        .unwrap_or_default();
    {
        let has_problems = !problems.is_empty();
        let focus_heading = props.focus_heading;
        use_effect_with(*presses, move |presses| {
            if *presses == 0 && focus_heading {
                browser::focus("page-heading");
            } else if *presses > 0 {
                gloo::utils::document().set_title(&page_title(words::TITLE, has_problems));
                // As GOV.UK does after a submission: the error summary, or else the code.
                if !browser::focus("error-summary") {
                    browser::focus("set-up-code");
                }
            }
        });
    }

    let on_submit = {
        let (values, checked, coded, presses) = (
            values.clone(),
            checked.clone(),
            coded.clone(),
            presses.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let details = details_of(&values);
            if read(&details).1.is_empty() {
                coded.set(Some(details.clone()));
            }
            checked.set(Some(details));
            presses.set(*presses + 1);
        })
    };
    // A field's new value; once the code shows, it follows each change that has no problem.
    let set_value = {
        let (values, checked, coded) = (values.clone(), checked.clone(), coded.clone());
        Callback::from(move |(index, value): (usize, String)| {
            let mut next = (*values).clone();
            next[index] = value;
            let details = details_of(&next);
            values.set(next);
            if coded.is_some() && read(&details).1.is_empty() {
                checked.set(Some(details.clone()));
                coded.set(Some(details));
            }
        })
    };
    let councils = use_state(|| TABLE.get().map_or(Fetched::Loading, Fetched::Ready));
    {
        let councils = councils.setter();
        use_effect_with((), move |_| {
            if TABLE.get().is_none() {
                fetched::councils(move |fetched| {
                    if let Fetched::Ready(table) = fetched {
                        TABLE.set(Some(table));
                    }
                    councils.set(fetched);
                });
            }
        });
    }
    html! {
        <>
            { form(&values, &problems, *councils, on_submit, set_value) }
            if let Some(details) = coded.as_ref() {
                { coded_part(details, details_of(&values) != *details, Where {
                    address: address(),
                    encode: browser::encode_uri_component,
                    today: today(),
                }) }
            }
        </>
    }
}

/// The form with `values` in its fields and `problems` shown, as it is drawn after "Show the code"
/// was pressed (none before): `on_submit` is its button, `set_value` takes a field's new value
/// by its place in `HostKey::ALL`.
pub fn form(
    values: &[String],
    problems: &[Problem],
    councils: Fetched<Table>,
    on_submit: Callback<SubmitEvent>,
    set_value: Callback<(usize, String)>,
) -> Html {
    let field = |index: usize| {
        let key = HostKey::ALL[index];
        let id = format!("field-{key}");
        let problem = problems
            .iter()
            .find(|problem| problem.host_key() == Some(key));
        let error = problem.map(|problem| message(key, problem));
        let oninput = set_value.reform(move |event: InputEvent| {
            let value = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value());
            (index, value.unwrap_or_default())
        });
        let described_by = match error {
            Some(_) => format!("{id}-hint {id}-error"),
            None => format!("{id}-hint"),
        };
        let error_class = |class: &'static str| error.is_some().then_some(class);
        html! {
            <>
            <div class={classes!("govuk-form-group", error_class("govuk-form-group--error"))}>
                <label class="govuk-label" for={id.clone()}>{ label(key) }</label>
                <div id={format!("{id}-hint")} class="govuk-hint">{ hint(key) }</div>
                if let Some(error) = &error {
                    <p id={format!("{id}-error")} class="govuk-error-message">
                        <span class="govuk-visually-hidden">{ question_page::ERROR_PREFIX }{ " " }</span>{ error }
                    </p>
                }
                <input class={classes!("govuk-input", error_class("govuk-input--error"))}
                    id={id} name={key.id()} type={input_type(key)} autocomplete="off" spellcheck="false"
                    value={values[index].clone()} {oninput}
                    list={(key == HostKey::AreaName).then_some("councils")}
                    aria-describedby={described_by} />
                if key == HostKey::AreaName {
                    // The councils a setting's numbers can be for, offered as the manager types.
                    <datalist id="councils">
                        { for content::COUNCILS.iter().map(|council| html! { <option value={council.name} /> }) }
                    </datalist>
                }
            </div>
            if key == HostKey::AreaName {
                <FindArea {councils}
                    on_found={set_value.reform(move |council: &'static Council| (index, council.name.to_owned()))} />
            }
            </>
        }
    };

    html! {
        <>
            if !problems.is_empty() {
                { error_summary("error-summary", summary(problems)) }
            }
            <div class="signpost-no-print">
                <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ words::TITLE }</h1>
                { for words::INTRO.iter().map(|text| html! { <p class="govuk-body">{ *text }</p> }) }
                <form novalidate=true onsubmit={on_submit}>
                    { for (0..HostKey::COUNT).map(field) }
                    <button type="submit" class="govuk-button">{ words::BUTTON }</button>
                </form>
            </div>
        </>
    }
}

/// Where the page is, and what it learns from the browser: Signpost's address as the code gives
/// it, how the browser writes a value into an address, and today's date.
pub struct Where<Encode: Fn(&str) -> String> {
    pub address: String,
    pub encode: Encode,
    pub today: Option<ReviewDates>,
}

/// What shows once the code does, for `details`: a notice if the fields have changed since
/// (`stale`), the code, the preview of the setting's contacts and its procedure to print.
pub fn coded_part(details: &Details, stale: bool, place: Where<impl Fn(&str) -> String>) -> Html {
    let local = Rc::new(read(details).0);
    let (code, encoded) = set_up_code(details, &place);
    let link = code.link(&encoded);
    html! {
        <>
            if stale {
                <div class="govuk-inset-text signpost-no-print" role="status">{ words::CODE_STALE }</div>
            }
            <Code frame={code.frame(&encoded)} plain={code.plain_frame(&encoded)}
                link={link.clone()} attributes={code.attributes()} />
            <h2 class="govuk-heading-m signpost-no-print">{ words::PREVIEW_HEADING }</h2>
            <p class="govuk-body signpost-no-print">{ dialable(words::PREVIEW_INTRO) }</p>
            <div class="signpost-preview signpost-no-print">
                { for preview_contacts().map(|shown| contact(shown, &local)) }
            </div>
            <Procedure local={local.clone()} {link} address={place.address}
                today={place.today} />
        </>
    }
}

/// Today's date as the browser has it, with the date a year on.
fn today() -> Option<ReviewDates> {
    let now = js_sys::Date::new_0();
    ReviewDates::of(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}

/// The error summary's links, each to its field, in the order of the fields on the page, as
/// GOV.UK's error summary lists them; a field's first problem, as the field shows it.
fn summary(problems: &[Problem]) -> Vec<(String, String)> {
    HostKey::ALL
        .iter()
        .filter_map(|key| {
            let problem = problems
                .iter()
                .find(|problem| problem.host_key() == Some(*key))?;
            Some((format!("field-{key}"), message(*key, problem)))
        })
        .collect()
}

/// The error message for the problem with the field for `key`.
fn message(key: HostKey, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { .. } => return words::too_long(label(key)),
        Problem::NotAName { .. } => return words::name_error(label(key)),
        Problem::NotACouncil { .. } => return words::AREA_ERROR.to_owned(),
        Problem::NoArea { .. } => return words::NO_AREA_ERROR.to_owned(),
        _ => {}
    }
    // What is left is a number, an address or a URN that is not one.
    match problem.host_key() {
        Some(HostKey::SocialCarePhone) => words::SOCIAL_CARE_PHONE_ERROR,
        Some(HostKey::OutOfHoursPhone) => words::OUT_OF_HOURS_PHONE_ERROR,
        Some(HostKey::LadoPhone) => words::LADO_PHONE_ERROR,
        Some(HostKey::LadoEmail) => words::LADO_EMAIL_ERROR,
        _ => words::OFSTED_URN_ERROR,
    }
    .to_owned()
}

/// The label of the field for `key`.
fn label(key: HostKey) -> &'static str {
    use HostKey::*;
    match key {
        SettingName => words::SETTING_NAME_LABEL,
        DesignatedLead => words::DESIGNATED_LEAD_LABEL,
        DeputyLead => words::DEPUTY_LEAD_LABEL,
        AreaName => words::AREA_NAME_LABEL,
        SocialCarePhone => words::SOCIAL_CARE_PHONE_LABEL,
        OutOfHoursPhone => words::OUT_OF_HOURS_PHONE_LABEL,
        LadoPhone => words::LADO_PHONE_LABEL,
        LadoEmail => words::LADO_EMAIL_LABEL,
        OfstedUrn => words::OFSTED_URN_LABEL,
    }
}

/// The hint of the field for `key`.
fn hint(key: HostKey) -> &'static str {
    use HostKey::*;
    match key {
        SettingName => words::SETTING_NAME_HINT,
        DesignatedLead => words::DESIGNATED_LEAD_HINT,
        DeputyLead => words::DEPUTY_LEAD_HINT,
        AreaName => words::AREA_NAME_HINT,
        SocialCarePhone => words::SOCIAL_CARE_PHONE_HINT,
        OutOfHoursPhone => words::OUT_OF_HOURS_PHONE_HINT,
        LadoPhone => words::LADO_PHONE_HINT,
        LadoEmail => words::LADO_EMAIL_HINT,
        OfstedUrn => words::OFSTED_URN_HINT,
    }
}

/// The setting's own contacts, as its staff see them on the page after calling 999.
fn preview_contacts() -> impl Iterator<Item = &'static Contact> {
    content::outcome(Outcome::Call999Setting)
        .contacts
        .iter()
        .filter(|contact| contact.local.is_some())
}

/// Where Signpost is served, as the code gives it: this page's address without query or
/// fragment.
fn address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The setting's details as the code carries them, and the code for them.
fn set_up_code<'a>(
    details: &'a Details,
    place: &Where<impl Fn(&str) -> String>,
) -> (SetUpCode<'a>, String) {
    let code = SetUpCode {
        address: place.address.clone(),
        values: details
            .iter()
            .map(|(key, value)| (*key, value.as_str()))
            .collect(),
    };
    let encoded = code.details(&place.encode);
    (code, encoded)
}

/// The four blocks of code, each to copy.
#[derive(Properties, PartialEq)]
struct CodeProps {
    frame: String,
    plain: String,
    link: String,
    attributes: String,
}

/// The code to copy for the details given: each block named by the heading above it, with a
/// Copy button under it.
#[component]
fn Code(props: &CodeProps) -> Html {
    // The block last copied, and whether the browser let it be.
    let copied = use_state(|| None::<(&'static str, bool)>);
    let block = |id: &'static str, text: String| {
        let onclick = {
            let (copied, text) = (copied.clone(), text.clone());
            Callback::from(move |_: MouseEvent| {
                let copied = copied.clone();
                browser::copy(text.clone(), move |done| {
                    if !done {
                        browser::select(id);
                    }
                    copied.set(Some((id, done)));
                });
            })
        };
        let status = match *copied {
            Some((block, true)) if block == id => words::COPIED,
            Some((block, false)) if block == id => words::COPY_FAILED,
            _ => "",
        };
        html! {
            <>
                <pre class="signpost-code" id={id} tabindex="0" aria-labelledby={format!("{id}-heading")}>
                    <code>{ text }</code>
                </pre>
                { copy_control(id, onclick, status) }
            </>
        }
    };
    html! {
        <div class="signpost-no-print">
            <h2 class="govuk-heading-m" id="set-up-code" tabindex="-1">
                <span id="code-frame-heading">{ words::FRAME_HEADING }</span>
            </h2>
            <p class="govuk-body">{ words::FRAME_INTRO }</p>
            { block("code-frame", props.frame.clone()) }
            <ul class="govuk-list govuk-list--bullet">
                { for words::FRAME_HELP.iter().map(|help| html! { <li>{ *help }</li> }) }
            </ul>
            <p class="govuk-body">
                <a class="govuk-link" href={props.link.clone()} target="_blank" rel="noreferrer">{ words::TRY_LINK }</a>
            </p>
            <h2 class="govuk-heading-m" id="code-plain-heading">{ words::PLAIN_HEADING }</h2>
            <p class="govuk-body">{ words::PLAIN_INTRO }</p>
            { block("code-plain", props.plain.clone()) }
            <h2 class="govuk-heading-m" id="code-link-heading">{ words::LINK_HEADING }</h2>
            <p class="govuk-body">{ words::LINK_INTRO }</p>
            { block("code-link", props.link.clone()) }
            <h2 class="govuk-heading-m" id="code-attributes-heading">{ words::ATTRIBUTES_HEADING }</h2>
            <p class="govuk-body">{ words::ATTRIBUTES_INTRO }</p>
            { block("code-attributes", props.attributes.clone()) }
        </div>
    }
}

/// The Copy button under the block `id`, and what came of the last copy (`status`: nothing,
/// `COPIED`, or `COPY_FAILED`).
pub fn copy_control(id: &str, onclick: Callback<MouseEvent>, status: &'static str) -> Html {
    html! {
        <div class="signpost-copy">
            <button type="button" class="govuk-button govuk-button--secondary" {onclick}
                aria-describedby={format!("{id}-heading")}>{ words::COPY }</button>
            <p class="govuk-body" role="status">{ status }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FindAreaProps {
    councils: Fetched<Table>,
    /// The council found, to fill in as the setting's area.
    on_found: Callback<&'static Council>,
}

/// The setting's postcode, which finds its council and fills in the council area. Its field has
/// no name and is outside the setting's details: the postcode is in no code and goes nowhere.
#[component]
fn FindArea(props: &FindAreaProps) -> Html {
    let found = use_state(|| None::<AreaFound>);
    let field = use_node_ref();
    let find = {
        let (found, field, councils, on_found) = (
            found.clone(),
            field.clone(),
            props.councils,
            props.on_found.clone(),
        );
        Callback::from(move |()| {
            let typed = field
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let result = area(&typed, councils.ready(), councils == Fetched::Failed);
            if let AreaFound::Council(council, _) = result {
                on_found.emit(council);
            }
            found.set(Some(result));
        })
    };
    // Enter finds the council, rather than sending the setting's details.
    let onkeydown = {
        let find = find.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                find.emit(());
            }
        })
    };
    find_area_view(found.as_ref(), field, find, onkeydown)
}

/// The setting's postcode and what was found for it (`found`): `field` is its box, which
/// `onkeydown` watches, and `find` its button.
pub fn find_area_view(
    found: Option<&AreaFound>,
    field: NodeRef,
    find: Callback<()>,
    onkeydown: Callback<KeyboardEvent>,
) -> Html {
    let error = match found {
        Some(AreaFound::Problem(message)) => Some(*message),
        _ => None,
    };
    let said = match found {
        Some(AreaFound::Council(_, said) | AreaFound::NotOne(said)) => said.as_str(),
        _ => "",
    };
    // The error shows under the label, as GOV.UK's do, and is said in the status too, so a
    // screen reader hears it where focus stays.
    let said_error = error.unwrap_or("");
    html! {
        <div class={classes!("govuk-form-group", error.map(|_| "govuk-form-group--error"))}>
            <label class="govuk-label" for="setting-postcode">{ words::POSTCODE_LABEL }</label>
            <div id="setting-postcode-hint" class="govuk-hint">{ words::POSTCODE_HINT }</div>
            if let Some(error) = error {
                <p id="setting-postcode-error" class="govuk-error-message">
                    <span class="govuk-visually-hidden">{ question_page::ERROR_PREFIX }{ " " }</span>{ error }
                </p>
            }
            <input ref={field} id="setting-postcode" type="text" autocomplete="off" spellcheck="false"
                class={classes!("govuk-input", "govuk-input--width-10", error.map(|_| "govuk-input--error"))}
                aria-describedby={if error.is_some() { "setting-postcode-hint setting-postcode-error" } else { "setting-postcode-hint" }}
                {onkeydown} />
            <button type="button" class="govuk-button govuk-button--secondary"
                onclick={find.reform(|_: MouseEvent| ())}>{ words::POSTCODE_BUTTON }</button>
            <p class="govuk-body" role="status">{ said }<span class="govuk-visually-hidden">{ said_error }</span></p>
        </div>
    }
}
