/**
 * What every HTTP answer and request goes through before Vaadin: security headers, a cap on a page's message size,
 * and the ping that lets a page tell a server that stopped answering.
 */
package com.nnplayground.base.web;
