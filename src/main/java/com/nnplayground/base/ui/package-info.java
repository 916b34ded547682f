/** The shell around the pages: what a user sees on errors, lost connections and expired sessions. */
package com.nnplayground.base.ui;
