package org.opendoors.platform.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The instances of application-scoped beans themselves, rather than the container's client proxies of them, for code
 * that runs on every request the server receives: each call through a proxy looks its instance up in its context
 * again (in a profile of cached family pages, four proxies cost about a twenty-fifth of an answer). An
 * application-scoped bean has one instance for the life of the application, so holding it is what the proxy would
 * do anyway. Portable CDI: the scope's context hands out the instance.
 */
public final class ApplicationInstances {

    private ApplicationInstances() {
    }

    /** The one instance of the application-scoped bean of {@code type}. */
    public static <T> T of(BeanManager beans, Class<T> type) {
        @SuppressWarnings("unchecked")
        Bean<T> bean = (Bean<T>) beans.resolve(beans.getBeans(type));
        if (bean == null || bean.getScope() != ApplicationScoped.class) {
            throw new IllegalArgumentException(type.getName() + " is not one application-scoped bean");
        }
        Context context = beans.getContext(ApplicationScoped.class);
        return type.cast(context.get(bean, beans.createCreationalContext(bean)));
    }
}
