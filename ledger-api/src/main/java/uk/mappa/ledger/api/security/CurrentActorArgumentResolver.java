package uk.mappa.ledger.api.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import uk.mappa.ledger.core.actor.Actor;

/** Lets a controller method take the authenticated {@link Actor} as a parameter. */
@Component
class CurrentActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final ActorResolver actors;

    CurrentActorArgumentResolver(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return actors.current().orElseThrow(
                () -> new AuthenticationCredentialsNotFoundException("No authenticated actor"));
    }
}
