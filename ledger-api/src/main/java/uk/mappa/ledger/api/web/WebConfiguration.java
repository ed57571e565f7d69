package uk.mappa.ledger.api.web;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final List<HandlerMethodArgumentResolver> resolvers;
    private final ReadYourWrites readYourWrites;

    WebConfiguration(List<HandlerMethodArgumentResolver> resolvers, ReadYourWrites readYourWrites) {
        this.resolvers = resolvers;
        this.readYourWrites = readYourWrites;
    }

    /** Reads that name a position wait for the read models they answer from. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**", "/console/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> argumentResolvers) {
        argumentResolvers.addAll(resolvers);
    }

    /** The one clock the API reads; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
