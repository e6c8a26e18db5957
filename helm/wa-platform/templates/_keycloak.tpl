{{/* The production realm's JSON: files/realm.json with this release's settings; ${…} are Keycloak's placeholders */}}
{{- define "wa.realmJson" -}}
{{- $ctx := merge (dict "realm" .Values.keycloak.realm "webClientId" .Values.keycloak.webClientId "publicUrl" (include "wa.publicUrl" .)) (deepCopy .Values.keycloak.realmImport) -}}
{{- tpl (.Files.Get "files/realm.json") $ctx -}}
{{- end -}}

{{- define "wa.realmSmtp" -}}
{{- $s := .smtp -}}
{{- if $s.host -}}
{{- $smtp := dict "host" $s.host "port" (toString $s.port) "from" $s.from "fromDisplayName" $s.fromDisplayName "starttls" (toString $s.starttls) "ssl" (toString $s.ssl) "auth" (toString (not (empty $s.user))) -}}
{{- if $s.user }}{{ $_ := set $smtp "user" $s.user }}{{ $_ := set $smtp "password" "${SMTP_PASSWORD}" }}{{ end -}}
{{- toJson $smtp -}}
{{- else -}}
{}
{{- end -}}
{{- end -}}

{{/* the Keycloak placeholders the realm uses -> secret ids */}}
{{- define "wa.realmPlaceholders" -}}
GATEWAY_CLIENT_SECRET: gatewayClientSecret
MESSAGE_SERVICE_CLIENT_SECRET: messageServiceClientSecret
SESSION_SERVICE_CLIENT_SECRET: sessionServiceClientSecret
TENANT_SERVICE_CLIENT_SECRET: tenantServiceClientSecret
{{- if .Values.keycloak.realmImport.smtp.user }}
SMTP_PASSWORD: smtpPassword
{{- end }}
{{- end -}}
