package org.ronghe.core.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links for the pager fragment: the current URL with all its query parameters, on another page.
 * Used in templates as {@code @pageLinks.to(3)}.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
