//! What the report's pages share: escaping, the style sheet and the filter script, inline in
//! every page (nothing is fetched).

/// Escapes text for HTML content and attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:14px/1.45 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:1em 1.5em;color:#222}\
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.6em}h3{font-size:1em;margin:1.4em 0 .3em}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 5px;vertical-align:top}\
th{background:#fff5cc;font-weight:normal}.list th{background:#eee;font-weight:bold;position:sticky;top:0}\
.num{text-align:right;font-variant-numeric:tabular-nums}\
.st-ok{color:#1b5e20}.st-bad{color:#b71c1c;font-weight:bold}\
.fail{background:#ffcdd2}.part{background:#ffe0e0}.rounding{background:#fff3cd}\
td.fail{outline:2px solid #d62728;outline-offset:-2px}td.part{outline:1px dashed #d62728;outline-offset:-2px}\
.meta{color:#555}.filters{background:#f5f5f5;padding:.5em;border-radius:4px}\
.filters label{margin-right:1.2em}.grid td{white-space:pre-wrap}.grid{font-size:13px}\
.hidden{display:none}a{color:#0b57d0}code{background:#f3f3f3;padding:0 3px}";

/// The filter script: every `select[data-filter]` and `input[data-filter]` hides the rows of
/// `[data-rows]` whose attribute (the control's `data-filter`) does not match; the empty
/// value matches all, a text box matches a substring of the row's `data-text`. The page's
/// address can preset them: `index.html#status=ok&severity=fail`.
const SCRIPT: &str = "function applyFilters(){const sel=[...document.querySelectorAll('[data-filter]')];\
for(const r of document.querySelectorAll('[data-rows]>*')){let show=true;\
for(const s of sel){const v=s.value.trim().toLowerCase();if(!v)continue;const a=s.dataset.filter;\
const have=(r.dataset[a]||'').toLowerCase();if(s.tagName==='INPUT'?!have.includes(v):!have.split(' ').includes(v))show=false;}\
r.classList.toggle('hidden',!show);}\
const n=document.querySelectorAll('[data-rows]>*:not(.hidden)').length;const c=document.getElementById('shown');if(c)c.textContent=n;}\
for(const s of document.querySelectorAll('[data-filter]'))s.addEventListener('input',applyFilters);\
for(const kv of location.hash.slice(1).split('&')){const [k,v]=kv.split('=');\
const s=document.querySelector('[data-filter=\"'+k+'\"]');if(!s||v===undefined)continue;const w=decodeURIComponent(v);\
if(s.tagName==='SELECT'&&![...s.options].some(o=>o.value===w))s.add(new Option(w,w));s.value=w;}applyFilters();";

/// A whole page: `<head>` with the style, `body`, then the filter script.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title>\
         <style>{STYLE}</style></head><body>{body}<script>{SCRIPT}</script></body></html>\n",
        esc(title)
    )
}

/// A `<select>` filtering on the rows' `data-<attr>`: "all" and each (value, label).
pub fn select(attr: &str, label: &str, options: &[(String, String)]) -> String {
    let mut s = format!(
        "<label>{} <select data-filter=\"{attr}\"><option value=\"\">all</option>",
        esc(label)
    );
    for (v, l) in options {
        s.push_str(&format!("<option value=\"{}\">{}</option>", esc(v), esc(l)));
    }
    s.push_str("</select></label>");
    s
}

/// The CSS class of a document status: ok or not.
pub fn status_class(status: &str) -> &'static str {
    if status == "ok" { "st-ok" } else { "st-bad" }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
    }
}
