/**
 * A link is the experiment: the page's experiment written into the address (query parameters for the preset and
 * every setting, the user's own data compressed when it is small enough) and read back; {@code ui} keeps the address
 * and the browser tab's session storage up to date, so that a reload, back and forward lose nothing.
 */
package com.nnplayground.link;
