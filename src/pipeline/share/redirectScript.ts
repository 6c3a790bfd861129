/** Where the share pages' redirect script lives, relative to the site root, beside `e/<id>/`. */
export const REDIRECT_SCRIPT_PATH = "e/redirect.js";

/**
 * The script every share page loads to send its visitor on to the explorer, at the address in
 * its `data-to`, with the interface language of the share link (`?lang=fr`) passed on. It is a
 * file, not inline, because the pages' Content-Security-Policy allows no inline script.
 * `location.replace` keeps the share page out of the history, so Back leaves the site instead
 * of bouncing into the explorer again; the meta refresh covers browsers without JavaScript.
 * A classic script (not a module), so `document.currentScript` is set.
 */
export const REDIRECT_SCRIPT = `var to = new URL(document.currentScript.dataset.to, location.href);
var lang = new URLSearchParams(location.search).get("lang");
if (lang) to.searchParams.set("lang", lang);
location.replace(to.href);
`;
