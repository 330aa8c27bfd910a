#!/bin/sh
# Writes the Shiro rules for this start from the environment, so no password sits in the image or the
# repository, then runs Fuseki. Queries, the UI and status are open; writes and administration need the user.
set -eu
: "${NEWSKG_USER:?set NEWSKG_USER (the user who may write)}"
: "${NEWSKG_PASSWORD:?set NEWSKG_PASSWORD}"
mkdir -p "$FUSEKI_BASE" /fuseki/databases
umask 077
cat > "$FUSEKI_BASE/shiro.ini" <<INI
[main]
plainMatcher = org.apache.shiro.authc.credential.SimpleCredentialsMatcher
iniRealm.credentialsMatcher = \$plainMatcher
# Basic auth on every request and no sessions: Fuseki's Jetty has no session manager.
securityManager.subjectDAO.sessionStorageEvaluator.sessionStorageEnabled = false

[users]
${NEWSKG_USER} = ${NEWSKG_PASSWORD}, writer

[roles]
writer = *

[urls]
/\$/ping = anon
/\$/server = anon
/\$/status = anon
/\$/stats/** = anon
/\$/** = noSessionCreation, authcBasic, roles[writer]
/newskg/update = noSessionCreation, authcBasic, roles[writer]
/newskg/data = noSessionCreation, authcBasic, roles[writer]
/newskg/upload = noSessionCreation, authcBasic, roles[writer]
/** = anon
INI
export FUSEKI_SHIRO="$FUSEKI_BASE/shiro.ini"
# A store on the volume without its text index (written before the index existed, or copied in without it):
# build the index from the store before serving, as `newskg` does when it opens such a store.
db=/fuseki/databases/newskg
if ls -d "$db"/Data-* >/dev/null 2>&1 && [ ! -d "$db/text-index" ]; then
  java ${FUSEKI_JAVA_OPTS:--Xmx1g} -cp /opt/fuseki/fuseki-server.jar jena.textindexer --desc=/opt/fuseki/config.ttl
fi
exec java ${FUSEKI_JAVA_OPTS:--Xmx1g} -jar /opt/fuseki/fuseki-server.jar --config=/opt/fuseki/config.ttl "$@"
