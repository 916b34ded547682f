/**
 * How much the server holds, in plain Java: what data, pages and runs cost in memory before they are built, the
 * budgets (one browser's, the server's) they are checked against, and the heap as the JVM measures it.
 */
package com.nnplayground.capacity;
