package com.nnplayground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The real Spring wiring behind "/": routes, the training service and its limits from application.properties. */
@SpringBootTest
class ApplicationWiringTest {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.nnplayground");

    @Autowired
    ApplicationContext context;

    @Autowired
    PlaygroundLimits limits;

    @BeforeEach
    void setUp() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_root_page_is_the_playground_with_the_configured_limits() {
        UI.getCurrent().navigate("");
        assertThat(LocatorJ._get(Button.class, spec -> spec.withId("train")).getText()).isEqualTo("Train");
        assertThat(limits.maxIterations()).isEqualTo(10_000_000);
        assertThat(limits.maxActiveRuns()).isEqualTo(200);
    }

    @Test
    void a_run_on_the_spring_managed_pool_finishes_and_reports_on_the_page() throws InterruptedException {
        UI.getCurrent().navigate("");
        Button train = LocatorJ._get(Button.class, spec -> spec.withId("train"));
        // As fast as it goes: a paced run parks here, the mock page having no push connection to see it by
        IntegerSlider speed = LocatorJ._get(IntegerSlider.class, spec -> spec.withId("speed"));
        speed.setValue(speed.getMax());
        _click(train);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!train.isEnabled() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(LocatorJ._get(Div.class, spec -> spec.withId("training-status")).getText())
                .isEqualTo("Trained for 1,500 iterations.");
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().startsWith("training-"));
    }

    @Test
    void an_unexpected_error_shows_a_plain_notification_and_keeps_the_page() {
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        Notification shown = LocatorJ._get(Notification.class);
        assertThat(shown.getElement().getProperty("text", "") + shown.getElement().getTextRecursively()
                + String.valueOf(shown.getChildren().map(c -> c.getElement().getTextRecursively()).toList()))
                .contains("Something went wrong on the server").doesNotContain("boom").doesNotContain("Exception");
        assertThat(LocatorJ._get(Button.class, spec -> spec.withId("train")).isEnabled()).isTrue();
    }

    @Test
    void lost_connections_and_expired_sessions_speak_plainly() {
        UI.getCurrent().navigate("");
        var reconnect = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(reconnect.getDialogTextGaveUp()).contains("Reload the page");
        var messages = VaadinService.getCurrent().getSystemMessages(java.util.Locale.ENGLISH, null);
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("This page has expired");
        assertThat(messages.getInternalErrorMessage()).contains("Reload the page");
    }
}
