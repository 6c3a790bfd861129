/** Where the share pages' redirect script lives, relative to the site root, beside `e/<id>/`. */
export const REDIRECT_SCRIPT_PATH = "e/redirect.js";

/**
 * The script every share page loads to send its visitor on to the explorer, at the address in
 * its `data-to` (which names the page's language, when it is not the default). It is a file,
 * not inline, because the pages' Content-Security-Policy allows no inline script.
 * `location.replace` keeps the share page out of the history, so Back leaves the site instead
 * of bouncing into the explorer again. A classic script (not a module), so
 * `document.currentScript` is set.
 */
export const REDIRECT_SCRIPT = "location.replace(document.currentScript.dataset.to);\n";
