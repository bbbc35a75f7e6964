package org.ronghe.core.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links for the pager fragment: the current URL with all its query parameters, on another page. Used in templates as
 * {@code @pageLinks.to(3)}; also keeps the query when switching language.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return with("page", String.valueOf(page));
    }

    /** The current path and query with one parameter set, e.g. {@code with("lang", "en")}. */
    public String with(String name, String value) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
