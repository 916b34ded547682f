/** The seed article's equations on the page, with the numbers of the network as it trains. */
package com.nnplayground.maths.ui;
