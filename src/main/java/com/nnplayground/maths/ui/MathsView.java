package com.nnplayground.maths.ui;

import com.nnplayground.maths.TexLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The Java side of {@code <maths-panel>} (src/main/frontend/maths-panel.ts): equations the server writes in TeX,
 * typeset by KaTeX in the browser. The lines are element state, so a re-attached element gets them again, and
 * {@link #lines()} is what was sent.
 */
@Tag("maths-panel")
@JsModule("./maths-panel.ts")
@NpmPackage(value = "katex", version = "0.19.1")
public class MathsView extends Component implements HasSize {

    private List<TexLine> lines = List.of();

    public void setLines(List<TexLine> newLines) {
        lines = List.copyOf(newLines);
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (TexLine line : lines) {
            json.addObject().put("caption", line.caption()).put("tex", line.tex());
        }
        getElement().setPropertyJson("lines", json);
    }

    /** What the element was last given. */
    public List<TexLine> lines() {
        return lines;
    }
}
