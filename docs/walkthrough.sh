#!/usr/bin/env bash
# The README's walk-through as one script (on example data, beside the seeded record): records a covenant with a
# participant, a working group, a motion with the government's response, an
# annual report and a measurement, then reads them back with one request.
# Start the API first (in development mode, so that tokens can be minted):
#   DEVELOPMENT_MODE=true cargo run
# then, in another shell:  DEVELOPMENT_MODE=true bash docs/walkthrough.sh
set -euo pipefail
API=${API:-http://127.0.0.1:8080/v1}
TOKEN=${TOKEN:-$(cargo run -q -- token --role admin --sub walkthrough)}

# POSTs a JSON body and prints the new resource's path (its Location);
# a refused write stops the script with the problem document.
post() {
  curl -sS --fail-with-body -o /dev/null -w '%header{location}' -X POST "$API$1" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" \
    | sed 's#^/v1##'
  echo
}
id_of() { basename "$1"; }

post /sectors '{"code":"example-stone","nameNl":"Voorbeeldsteen","nameEn":"Example stone"}'
post /covenants '{"code":"example-stone","titleNl":"Voorbeeldconvenant Steen","titleEn":"Example Stone Agreement",
  "sector":"example-stone","status":"signed","signedOn":"2019-06-01","signedOnPrecision":"month","facilitator":"SER"}'
ORG=$(post /organisations '{"name":"Walkthrough Stone BV","kind":"company","country":"NL"}')
post /participations "{\"covenant\":\"example-stone\",\"organisation\":$(id_of "$ORG"),\"role\":\"company\",
  \"joinedOn\":\"2019-06-01\",\"marketShare\":0.12}"
post /working-groups '{"covenant":"example-stone","name":"Werkgroep kinderarbeid","themes":["childLabour"],"status":"active"}'
MOTION=$(post /motions '{"dossier":"26 485","number":999,"title":"Voorbeeldmotie","submitters":["Walkthrough"],
  "submittedOn":"2019-02-01","request":"Verzoekt de regering een voorbeeldconvenant te sluiten.","status":"submitted",
  "covenants":["example-stone"]}')
LETTER=$(post /letters '{"sentOn":"2019-11-01","subject":"Voortgang IMVO-beleid","minister":"Minister BHOS"}')
post /motion-responses "{\"motion\":$(id_of "$MOTION"),\"letter\":$(id_of "$LETTER"),
  \"summary\":\"The letter reports that the example covenant was signed.\",\"reportedStatus\":\"completed\"}"
REPORT=$(post /annual-reports '{"covenant":"example-stone","reportingYear":2019,"publishedOn":"2020-06-15","title":"Jaarrapportage 2019"}')
post /indicators '{"code":"walkthrough-coverage","nameNl":"Marktdekking","nameEn":"Market coverage","unit":"percent","direction":"higherIsBetter"}'
post /measurements "{\"indicator\":\"walkthrough-coverage\",\"covenant\":\"example-stone\",\"value\":0.12,
  \"measuredOn\":\"2019-12-31\",\"annualReport\":$(id_of "$REPORT")}"
echo

# One request for a dashboard page: the covenant with what belongs to it.
curl -sS "$API/covenants/example-stone?expand=sector,participations,workingGroups,annualReports,targets"; echo
curl -sS "$API/motions?dossier=26%20485&number=999"; echo
curl -sS "$API/measurements?covenant=example-stone"; echo
# Everything above, as the audit trail recorded it (admins only).
curl -sS "$API/audit-events?actor=walkthrough&sort=occurredAt" -H "Authorization: Bearer $TOKEN"; echo
