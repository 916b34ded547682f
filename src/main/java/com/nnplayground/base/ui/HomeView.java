package com.nnplayground.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("NN Playground")
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("NN Playground"), new Paragraph("Watch a neural network learn."));
    }
}
