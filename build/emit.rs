//! Writes the content as Rust: each value made from the app's own shapes and written out by
//! `databake`, each interface word a constant, each sentence with values in it a function that
//! builds it. Nothing here writes Rust by formatting text, so what is written always parses, and
//! its types are the app's.

use databake::{Bake, CrateEnv};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The generated file, item by item.
#[derive(Default)]
pub struct Emit {
    items: Vec<TokenStream>,
}

/// A sentence with values in it, as the pieces that build it.
pub enum Piece {
    Words(String),
    Value(String),
}

impl Emit {
    /// `pub static NAME: TYPE = value;`, with `doc`; gives back the value as written.
    pub fn value(&mut self, doc: &str, name: &str, kind: TokenStream, value: &impl Bake) -> String {
        let name = format_ident!("{name}");
        let value = value.bake(&CrateEnv::default());
        let written = value.to_string();
        self.items.push(quote! {
            #[doc = #doc]
            pub static #name: #kind = #value;
        });
        written
    }

    /// A module of constants and sentences, with `doc`.
    pub fn module(&mut self, doc: &str, name: &str, items: Vec<TokenStream>) {
        let name = format_ident!("{name}");
        self.items.push(quote! {
            #[doc = #doc]
            pub mod #name { #(#items)* }
        });
    }

    /// The file: one item a line, so that a message from the compiler points at one of them.
    pub fn finish(self) -> String {
        let mut file = String::from(
            "// Written by build.rs from content/. Edit the content files, not this.\n",
        );
        for item in self.items {
            file.push_str(&item.to_string());
            file.push('\n');
        }
        file
    }
}

/// `pub const NAME: &str = text;`, with `doc`.
pub fn text(doc: &str, name: &str, text: &str) -> TokenStream {
    let name = format_ident!("{name}");
    quote! {
        #[doc = #doc]
        pub const #name: &str = #text;
    }
}

/// `pub const NAME: &[&str] = &[items];`, with `doc`.
pub fn list(doc: &str, name: &str, items: &[&str]) -> TokenStream {
    let name = format_ident!("{name}");
    quote! {
        #[doc = #doc]
        pub const #name: &[&str] = &[#(#items),*];
    }
}

/// A function that builds a sentence from `pieces`, taking each of `values` in order, with
/// `doc`: it adds each piece in turn, so the wasm has no formatting or joining code for it.
pub fn sentence(doc: &str, name: &str, values: &[&str], pieces: &[Piece]) -> TokenStream {
    let name = format_ident!("{name}");
    let values: Vec<_> = values
        .iter()
        .map(|value| format_ident!("{value}"))
        .collect();
    let pushes = pieces.iter().map(|piece| match piece {
        Piece::Words(words) => {
            let mut chars = words.chars();
            match (chars.next(), chars.next()) {
                (Some(only), None) => quote! { sentence.push(#only); },
                _ => quote! { sentence.push_str(#words); },
            }
        }
        Piece::Value(value) => {
            let value = format_ident!("{value}");
            quote! { sentence.push_str(#value); }
        }
    });
    quote! {
        #[doc = #doc]
        pub fn #name(#(#values: &str),*) -> String {
            let mut sentence = String::new();
            #(#pushes)*
            sentence
        }
    }
}
