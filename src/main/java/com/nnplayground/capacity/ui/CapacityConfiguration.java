package com.nnplayground.capacity.ui;

import com.nnplayground.capacity.CapacityLimits;
import com.nnplayground.capacity.HeapPressure;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The server's capacity: its settings, the memory budget from the heap, the registry of pages and the door to new ones. */
@Configuration
public class CapacityConfiguration {

    /** {@code playground.limits.*} as {@link CapacityLimits}; a setting left out keeps its default. */
    @Bean
    CapacityLimits capacityLimits(Environment environment) {
        CapacityLimits d = CapacityLimits.defaults();
        Binder binder = Binder.get(environment);
        return new CapacityLimits(
                setting(binder, "session-memory-percent", d.sessionMemoryPercent()),
                setting(binder, "server-memory-percent", d.serverMemoryPercent()),
                setting(binder, "heap-pressure-percent", d.heapPressurePercent()),
                setting(binder, "max-pages", d.maxPages()),
                setting(binder, "max-pages-per-address", d.maxPagesPerAddress()),
                setting(binder, "max-new-pages-per-address", d.maxNewPagesPerAddress()),
                setting(binder, "page-start-seconds", d.pageStartSeconds()));
    }

    private static int setting(Binder binder, String name, int fallback) {
        return binder.bind("playground.limits." + name, Integer.class).orElse(fallback);
    }

    @Bean
    MemoryBudget memoryBudget(CapacityLimits limits) {
        return limits.budget(Runtime.getRuntime().maxMemory());
    }

    @Bean(destroyMethod = "close")
    HeapPressure heapPressure() {
        return HeapPressure.watch();
    }

    @Bean
    PageRegistry pageRegistry(CapacityLimits limits) {
        return new PageRegistry(limits);
    }

    @Bean
    ServerFullFilter serverFullFilter(PageRegistry registry, MemoryBudget budget, HeapPressure pressure,
                                      CapacityLimits limits) {
        return new ServerFullFilter(registry, budget, pressure, limits);
    }

    /** Ahead of everything else, so that a refused page costs nothing more. */
    @Bean
    FilterRegistrationBean<ServerFullFilter> serverFullFilterRegistration(ServerFullFilter filter) {
        FilterRegistrationBean<ServerFullFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
