#!/bin/bash
# Times each explorer view of a running `newskg serve` over HTTP with curl, server side (no browser): per view one
# warm-up, then three runs; prints a Markdown table of the median, the runs and the HTTP codes. The claim and the
# article are the first of the person's statements. The nodes default to the busiest of the 10,000-article bench
# store (PolNeAR train copied); set PERSON, OUTLET, PARTY, TOPIC and WORDS for another store.
# Usage: tools/explorer_http.sh [BASE_URL]   (default http://127.0.0.1:3030)
B=${1:-http://127.0.0.1:3030}
PERSON=${PERSON:-id/person/donald-trump} OUTLET=${OUTLET:-id/outlet/breitbart} PARTY=${PARTY:-party/republican-party-us}
TOPIC=${TOPIC:-topic/elections} WORDS=${WORDS:-trump}
N=https://w3id.org/newskg
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
t() { # name url [accept]
  local name=$1 url=$2 acc=${3:-application/json} times=() codes=()
  curl -s -o /dev/null -m 120 -H "Accept: $acc" "$url"
  for i in 1 2 3; do
    r=$(curl -s -o /dev/null -m 120 -w '%{http_code} %{time_total}' -H "Accept: $acc" "$url")
    codes+=(${r% *}); times+=($(python3 -c "print(round(${r#* }*1000))"))
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  echo "| $name | \`${url#$B}\` | $med | ${times[*]} | ${codes[*]} |"
}
TMP=$(mktemp); trap 'rm -f "$TMP"' EXIT
echo "| view | address | median ms | runs, ms | HTTP |"
echo "| --- | --- | ---: | --- | --- |"
t home "$B/explore/api/home"
t "home page, with its lists" "$B/" text/html
t "search ($WORDS)" "$B/explore/api/search?q=$(enc "$WORDS")"
t "search page, with its results" "$B/explore/search?q=$(enc "$WORDS")" text/html
t "person ($PERSON)" "$B/$PERSON" text/html
t "person, its data as JSON" "$B/explore/api/page?iri=$(enc $N/$PERSON)"
curl -s "$B/explore/api/page?iri=$(enc $N/$PERSON)" > "$TMP"
CLAIM=$(python3 -c "import json;d=json.load(open('"$TMP"'));print(d['sections']['person-claims']['rows'][0]['claim']['iri'])" 2>/dev/null)
ART=$(python3 -c "import json;d=json.load(open('"$TMP"'));print(d['sections']['person-claims']['rows'][0]['article']['iri'])" 2>/dev/null)
[ -n "$CLAIM" ] && t claim "${CLAIM/$N/$B}" text/html
[ -n "$ART" ] && t article "${ART/$N/$B}" text/html
t "outlet ($OUTLET)" "$B/$OUTLET" text/html
t "party ($PARTY)" "$B/$PARTY" text/html
t "topic ($TOPIC)" "$B/$TOPIC" text/html
t "neighbourhood graph of the person" "$B/explore/api/graph?iri=$(enc $N/$PERSON)&limit=25"
t "show more: person claims, offset 50" "$B/explore/api/section?name=person-claims&iri=$(enc $N/$PERSON)&offset=50"
t "show more: outlet articles, offset 30" "$B/explore/api/section?name=outlet-articles&iri=$(enc $N/$OUTLET)&offset=30"
