package org.ronghe.core.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain is on (webjars-locator-lite serves version-less {@code /webjars/} URLs), which makes Boot register
 * {@link ResourceUrlEncodingFilter}. That filter looks every link on a page up on the classpath, in case it is a static
 * resource to version: about 2 ms per link inside the executable jar, so a body page with 400 member links took over a
 * second. We version no static resources by content, so the filter is registered disabled.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
