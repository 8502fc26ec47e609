//! Scripts in an XFA form (Adobe LiveCycle / AEM Forms): the form's XML,
//! held in the `/XFA` entry of `/AcroForm` (one stream, or an array of
//! packet names and streams that together make one XDP document), can run
//! JavaScript or FormCalc when it opens, when a field changes, and so on.
//!
//! What counts as one script, in the `template` packet (the form's design,
//! where XFA puts what runs):
//! - each `<script>` element with something in it: in an `<event>`, a
//!   `<calculate>`, a `<validate>`, or a `<variables>` script object;
//! - each event action that is not a script: `<submit>` (sends the form's
//!   data to an address), `<execute>` (calls a web service) and `<signData>`.
//!
//! ```xml
//! <field name="PageNumber"><event activity="ready" ref="$layout">
//!   <script contentType="application/x-javascript">this.rawValue = xfa.layout.page(this);</script>
//! </event></field>
//! ```

use super::obj::{dict_get, dict_of, resolve, Inflate};
use lopdf::{Dictionary, Document as Pdf, Object};
use quick_xml::events::Event;

/// Events read from the form's XML before giving up: far above a real form
/// (a 40-page government form has some 200,000), low enough to end a hostile one.
const MAX_EVENTS: usize = 5_000_000;

/// Nesting of the form's XML followed; deeper elements are still counted.
const MAX_DEPTH: usize = 256;

/// How many scripts the catalogue's XFA form holds (0 without one).
pub(super) fn scripts(pdf: &Pdf, catalog: &Dictionary, inflate: &Inflate) -> usize {
    let Some(form) = dict_of(pdf, catalog, b"AcroForm") else { return 0 };
    let Some(xfa) = dict_get(pdf, form, b"XFA") else { return 0 };
    count(&xml(pdf, xfa, inflate))
}

/// The form's XML: the stream, or the packets' streams one after the other
/// (the names between them are not part of the XML).
fn xml(pdf: &Pdf, xfa: &Object, inflate: &Inflate) -> Vec<u8> {
    let decode = |o: &Object| match resolve(pdf, o) {
        Some(Object::Stream(s)) => inflate.decode(s),
        _ => None,
    };
    match xfa {
        Object::Array(packets) => packets.iter().filter_map(decode).flatten().collect(),
        stream => decode(stream).unwrap_or_default(),
    }
}

/// The scripts and event actions inside `template` elements of `xml`. XML
/// that stops being well formed ends the count where it stops.
fn count(xml: &[u8]) -> usize {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    // The local names of the open elements.
    let mut open: Vec<String> = Vec::new();
    // Elements open below MAX_DEPTH, not kept.
    let mut deeper = 0usize;
    let mut scripts = 0;
    // Whether the innermost open <script> has held anything but blanks.
    let mut script_text = false;
    let mut buf = Vec::new();
    for _ in 0..MAX_EVENTS {
        let in_template = || open.iter().any(|n| n == "template");
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                let local = e.local_name().into_inner().to_string();
                if local == "script" {
                    script_text = false;
                }
                if in_template() && is_event_action(&open, &local) {
                    scripts += 1;
                }
                if open.len() < MAX_DEPTH {
                    open.push(local);
                } else {
                    deeper += 1;
                }
            }
            Ok(Event::Empty(e)) if in_template() && is_event_action(&open, e.local_name().into_inner()) => scripts += 1,
            Ok(Event::Text(t)) if !t.xml10_content().trim().is_empty() => script_text = true,
            Ok(Event::CData(_)) => script_text = true,
            Ok(Event::End(_)) if deeper > 0 => deeper -= 1,
            Ok(Event::End(_)) => {
                if open.last().is_some_and(|n| n == "script") && script_text && in_template() {
                    scripts += 1;
                }
                open.pop();
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    scripts
}

/// An action of an event that runs without a script: `<submit>`,
/// `<execute>`, `<signData>` directly inside an `<event>`.
fn is_event_action(open: &[String], local: &str) -> bool {
    matches!(local, "submit" | "execute" | "signData") && open.last().is_some_and(|n| n == "event")
}

#[cfg(test)]
mod tests {
    use super::{count, MAX_DEPTH};

    #[test]
    fn scripts_and_event_actions_in_the_template_count() {
        let xdp = br#"<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">
<config><present><script>ignored: not the template</script></present></config>
<template xmlns="http://www.xfa.org/schema/xfa-template/3.6/"><subform name="form1">
  <variables><script name="util" contentType="application/x-javascript">function f() {}</script></variables>
  <field name="a"><event activity="ready" ref="$layout"><script>this.rawValue = 1;</script></event></field>
  <field name="b"><calculate><script contentType="application/x-formcalc"><![CDATA[a + 1]]></script></calculate></field>
  <field name="c"><event activity="click"><submit target="https://collect.example/" format="xml"/></event></field>
  <field name="d"><event activity="click"><execute connection="ws" runAt="client"/></event></field>
  <field name="e"><event activity="exit"><script>  </script></event><validate><script/></validate></field>
</subform></template></xdp:xdp>"#;
        // util, a's event, b's calculation, c's submit, d's execute; e's scripts are empty.
        assert_eq!(count(xdp), 5);
    }

    #[test]
    fn a_form_without_scripts_counts_none() {
        let xdp = br#"<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform><field name="a"/>
<scriptModel>XFA</scriptModel></subform></template><datasets><script>data, not a script</script></datasets></xdp:xdp>"#;
        assert_eq!(count(xdp), 0);
        assert_eq!(count(b"<template><script>unclosed"), 0);
    }

    #[test]
    fn elements_nested_past_the_depth_limit_do_not_shift_the_count() {
        let deep = "<a>".repeat(MAX_DEPTH) + &"</a>".repeat(MAX_DEPTH);
        let xdp = format!(
            "<template>{deep}<event><script>go()</script></event></template><datasets><script>x</script></datasets>"
        );
        assert_eq!(count(xdp.as_bytes()), 1);
    }
}
