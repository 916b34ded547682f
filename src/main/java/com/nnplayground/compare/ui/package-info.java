/** The page's last runs: listed, drawn faded on the loss chart, hidden, removed or put back in the form. */
package com.nnplayground.compare.ui;
