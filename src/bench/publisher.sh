# A publisher in the back office over HTTP, as a person with a browser does it; sourced by run-soak.sh and
# run-two-nodes.sh. Before sourcing, set: base (where the back office is reached: a node or the proxy), work (a
# scratch folder), out (where failed pages are kept), admin_password. publish_change saves a marked text of one
# school through the editor's whole-file form, sends it for review and publishes it from the Review page.

jar="$work/cookies"
page="$work/page.html"
changed=schools/escola-la-sinia/en.yaml
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//'; }
now_ms() { date +%s%3N; }

# One back-office request; anything but 200 stops this publish, keeping the page it got in $out. A 403 is a failure
# like any other: the signed-in publisher must never be refused.
staff() {
    local what=$1 status
    shift
    status=$(curl -s -m 60 -c "$jar" -b "$jar" -D "$work/headers" -o "$page" -w '%{http_code}' "$@") || status="no answer"
    [ "$status" = 200 ] && return 0
    cat "$work/headers" "$page" > "$out/failed-$what.html" 2>/dev/null || true
    echo "$what: $status (page kept in $out/failed-$what.html)" >&2
    return 1
}

sign_in() {
    staff sign-in-page "$base/admin/sign-in.xhtml" || exit 1
    curl -s -c "$jar" -b "$jar" -o "$page" "$base/admin/sign-in.xhtml" --data-urlencode signIn=signIn \
        --data-urlencode signIn:username=admin --data-urlencode "signIn:password=$admin_password" \
        --data-urlencode "signIn:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=$(view_state)"
    staff home "$base/admin/index.xhtml" || exit 1
    grep -q 'account:signOut' "$page" || { echo "The publisher could not sign in" >&2; exit 1; }
}

# The sample of URLs that must show each change: the profile, the list, a filtered list and a search for the
# marker itself (the search words are built with the published city).
sample() { printf '%s\n' /en/schools/escola-la-sinia /en/schools "/en/schools?stage=primary" "/en/schools?q=$1"; }

# Publishes version N of the changed file with MARKER in its summary. Prints "started_ms answered_ms"; the save is
# acknowledged once "Saved as version" came back (its marker is appended to $work/acknowledged).
publish_change() {
    local n=$1 marker=$2 button started answered
    sed "1,3s/Children investigate water/Children investigate water ($marker)/" "content/$changed" > "$work/new.yaml"
    grep -q "$marker" "$work/new.yaml" || { echo "The text to change is not in content/$changed" >&2; return 1; }
    staff "$n-editor" "$base/admin/content/edit.xhtml?path=$changed&mode=file" || return 1
    staff "$n-save" "$base/admin/content/edit.xhtml" --data-urlencode editor=editor \
        --data-urlencode "editor:file@$work/new.yaml" --data-urlencode "editor:note=soak $n" \
        --data-urlencode "editor:save=Save draft" --data-urlencode "jakarta.faces.ViewState=$(view_state)" || return 1
    grep -q 'Saved as version' "$page" || { cp "$page" "$out/failed-$n-save.html"; echo "publish $n: not saved" >&2; return 1; }
    echo "$marker" >> "$work/acknowledged"
    staff "$n-item" "$base/admin/content/item.xhtml?item=schools/escola-la-sinia" || return 1
    button=$(awk 'BEGIN { RS = "</tr>" } /data-lang="en"/' "$page" | grep -o 'name="[^"]*:review"' | sed 's/name="//; s/"$//')
    [ -n "$button" ] || { echo "publish $n: no 'Send for review' button" >&2; return 1; }
    staff "$n-send-for-review" "$base/admin/content/item.xhtml" --data-urlencode itemForm=itemForm \
        --data-urlencode "$button=Send for review" --data-urlencode "jakarta.faces.ViewState=$(view_state)" || return 1
    staff "$n-review" "$base/admin/review/index.xhtml" || return 1
    button=$(awk 'BEGIN { RS = "</section>" } /data-path="schools\/escola-la-sinia\/en.yaml"/' "$page" \
        | grep -o 'name="[^"]*:publish"' | sed 's/name="//; s/"$//')
    [ -n "$button" ] || { echo "publish $n: not waiting for review" >&2; return 1; }
    started=$(now_ms)
    staff "$n-publish" "$base/admin/review/index.xhtml" --data-urlencode review=review \
        --data-urlencode "$button=Publish" --data-urlencode "review:note=" \
        --data-urlencode "jakarta.faces.ViewState=$(view_state)" || return 1
    answered=$(now_ms)
    grep -q "Published $changed" "$page" || { cp "$page" "$out/failed-$n-publish.html"; echo "publish $n: refused" >&2; return 1; }
    echo "$started $answered"
}

# How long after ANSWERED (ms) every sample URL on SERVER showed MARKER: 0 when the first request after the answer
# showed it, otherwise from the answer to the start of the first request that did. Each URL is asked every 50 ms;
# fails after LIMIT seconds.
staleness() {
    local server=$1 marker=$2 answered=$3 limit=$4 url asked stale=0 old
    while read -r url; do
        old=0
        while true; do
            asked=$(now_ms)
            # Read whole before looking: grep -q would close the pipe early, and curl would report a failed write.
            curl -fs -m 10 -o "$work/sample.html" "$server$url" && grep -q "$marker" "$work/sample.html" && break
            old=1
            [ "$asked" -lt $((answered + limit * 1000)) ] || { echo "$server$url still without $marker after ${limit}s" >&2; return 1; }
            sleep 0.05
        done
        [ "$old" = 1 ] && [ $((asked - answered)) -gt "$stale" ] && stale=$((asked - answered))
    done < <(sample "$marker")
    echo "$stale"
}
