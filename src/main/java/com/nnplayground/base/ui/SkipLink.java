package com.nnplayground.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * The first thing a keyboard reaches on the page: "Skip to ..." jumps over everything before the element it names
 * (focused by the page itself: the address keeps the experiment, not a fragment). Hidden until it has the focus
 * (styles/playground.css).
 */
public class SkipLink extends Anchor {

    public SkipLink(String targetId, String text) {
        super("#" + targetId, text);
        setId("skip-link");
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("this.addEventListener('click', e => { const target = document.getElementById($0);"
                + " if (target) { e.preventDefault(); target.focus(); } })", targetId);
    }
}
