package com.waplatform.message.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The resource is called by a tenant's automation with its API key ({@code X-API-Key}), not with a user token. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiKeyAuthenticated {
}
