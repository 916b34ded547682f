package com.nnplayground.base.web;

import com.nnplayground.training.PlaygroundLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filters in front of every request: security headers, and the size of a page's messages. */
@Configuration
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The largest paste as UTF-8 (up to three bytes a character) and a megabyte for the rest of the message. */
    @Bean
    FilterRegistrationBean<UidlSizeLimit> uidlSizeLimit(PlaygroundLimits limits) {
        FilterRegistrationBean<UidlSizeLimit> registration = new FilterRegistrationBean<>(
                new UidlSizeLimit(3 * limits.maxUploadBytes() + (1 << 20)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
