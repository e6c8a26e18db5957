package com.waplatform.session.service;

/** What a tenant admin gives to connect a number through the official Cloud API. Never logged. */
public record CloudApiCredentials(String phoneNumberId, String businessAccountId, String accessToken,
        String appSecret) {

    @Override
    public String toString() {
        return "CloudApiCredentials[phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId
                + ", accessToken=***, appSecret=***]";
    }
}
