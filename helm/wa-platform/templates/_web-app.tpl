{{/* nginx.conf and config.json of the web app (the local edge's static part: SPA fallback, caching, headers) */}}
{{- define "wa.webAppConfig" -}}
{{- $keycloak := trimSuffix "/" .Values.keycloak.url -}}
config.json: |
  {{- dict "keycloakUrl" $keycloak "realm" .Values.keycloak.realm "clientId" .Values.keycloak.webClientId "apiBase" "" | toJson | nindent 2 }}
nginx.conf: |
  worker_processes 1;
  pid /tmp/nginx.pid;
  error_log /dev/stderr warn;
  events { worker_connections 1024; }
  http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log /dev/stdout;
    client_body_temp_path /tmp/client_body;
    proxy_temp_path /tmp/proxy;
    fastcgi_temp_path /tmp/fastcgi;
    uwsgi_temp_path /tmp/uwsgi;
    scgi_temp_path /tmp/scgi;
    server_tokens off;
    sendfile on;
    server {
      listen 8080;
      root /usr/share/nginx/html;
      add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self' {{ $keycloak }}; frame-src {{ $keycloak }}; frame-ancestors 'none'; base-uri 'self'; form-action 'self' {{ $keycloak }}; object-src 'none'" always;
      add_header X-Content-Type-Options nosniff always;
      add_header Referrer-Policy no-referrer always;
      add_header X-Frame-Options DENY always;
      location = /healthz { access_log off; default_type text/plain; return 200 "ok\n"; }
      location = /config.json { alias /etc/wa-web/config.json; default_type application/json; expires -1; }
      # API paths no service owns, and the services' own endpoints, are never the app
      location /api/ { default_type application/json; return 404 '{"status":404,"title":"Not Found","detail":"No such API"}'; }
      location /q/ { return 404; }
      location /assets/ { expires 1y; try_files $uri =404; }
      location = /index.html { expires -1; }
      location / { expires -1; try_files $uri /index.html; }
    }
  }
{{- end -}}
