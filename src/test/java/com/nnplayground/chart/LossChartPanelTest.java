package com.nnplayground.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossChartPanelTest {

    private LossChartPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new LossChartPanel();
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_checkbox_switches_the_log_scale() {
        panel.logScale.setValue(true);
        assertTrue(panel.chart.isLogScale());
    }

    @Test
    void the_csv_link_downloads_the_history() {
        panel.chart.append(ChartTestView.curve(0, 20));

        String csv = new String(DownloadKt.download(panel.downloadCsv), StandardCharsets.UTF_8);

        assertEquals(panel.chart.toCsv(), csv);
        assertTrue(panel.downloadCsv.getElement().hasAttribute("download"));
    }
}
