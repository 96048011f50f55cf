/**
 * Hostile text for every place Aftermath renders user input (issue #8, "Hostile input"). Each
 * payload that could run code would call `alert('xss')` or log `XSS-FIRED`, so a test can tell
 * by a dialog or a console line that it executed. Template-injection strings must show up as the
 * literal text they are (no `49` from `{{7*7}}`).
 */
export const xssPayloads: readonly string[] = [
  '<script>alert("xss")</script>',
  '<script src="data:text/javascript,alert(%22xss%22)"></script>',
  '<img src=x onerror="alert(\'xss\')">',
  '<svg onload="alert(\'xss\')"><circle r="1"/></svg>',
  '<svg><script>alert("xss")</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("xss")>',
  '<a href="javascript:alert(\'xss\')">click</a>',
  '<iframe src="javascript:alert(\'xss\')"></iframe>',
  '<object data="javascript:alert(\'xss\')"></object>',
  '<details open ontoggle="alert(\'xss\')">x</details>',
  '<body onload="alert(\'xss\')">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss\')">',
  '<base href="javascript:alert(\'xss\')//">',
  '"><script>alert("xss")</script>',
  "'><img src=x onerror=alert('xss')>",
  '[click me](javascript:alert("xss"))',
  '[click me](JaVaScRiPt:alert("xss"))',
  '[click me](javascript&#58;alert("xss"))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzJyk8L3NjcmlwdD4=)',
  '![image](x" onerror="alert(\'xss\'))',
  '![image](javascript:alert("xss"))',
  '<http://example.com/"onmouseover="alert(\'xss\')>',
  '&lt;script&gt;alert("xss")&lt;/script&gt;',
  '&#60;img src=x onerror=alert("xss")&#62;',
  '\\u003cscript\\u003ealert("xss")\\u003c/script\\u003e',
  '{{constructor.constructor(\'console.log("XSS-FIRED")\')()}} {{7*7}}',
  '${alert("xss")} #{7*7} <%= 7*7 %>',
  '<style>@import "javascript:alert(\'xss\')";</style>',
  '<form action="javascript:alert(\'xss\')"><button>go</button></form>',
  '<input autofocus onfocus="alert(\'xss\')">',
];

/** The payloads as one Markdown text: a paragraph each, so block and inline parsing both see them. */
export function payloadMarkdown(): string {
  return xssPayloads.join('\n\n');
}
