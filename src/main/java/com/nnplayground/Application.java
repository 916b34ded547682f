package com.nnplayground;

import com.nnplayground.cli.Cli;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web app; {@code train} and {@code bench} as first argument run the headless CLI instead. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icon", "icons/icon.svg");
        settings.addInlineFromFile(Inline.Position.APPEND, "scripts/server-watch.js", Inline.Wrapping.JAVASCRIPT);
    }
}
