package org.ronghe.core.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: the language picked with {@code ?lang=} (remembered in a cookie for a year), else the first of zh-CN,
 * zh-TW or en that the browser or API client asks for, else zh-CN.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ronghe-lang");
        resolver.setDefaultLocaleFunction(request -> fromHeader(request.getHeader("Accept-Language")));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (tag.matches("zh-(tw|hk|mo|hant).*")) {
                    return Locale.TRADITIONAL_CHINESE;
                }
                if (tag.startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** A choice the binder could not read says so, whatever its list ({@link ChoiceMessageCodes}). */
    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        return new ChoiceMessageCodes();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
