#!/usr/bin/env bash
# Runs the whole example review with its recorded work, non-interactively, in a fresh project:
#   Corpus/review/run-review.sh LITREV PROJECT_DIR [REPORT_DIR]
# `make demo` runs it; EndToEndTests' WholeReviewTests runs it too and checks what it made.
set -euo pipefail
litrev=$1
project=$2
corpus=$(cd "$(dirname "$0")/.." && pwd)
sheets=$corpus/review
report=${3:-$project/report}

rm -rf "$project"
"$litrev" init "$project" --title "Social media in postgraduate medical training" | sed -n 1,1p
cp "$corpus/protocol.yaml" "$project/protocol.yaml"
cp "$corpus/survey/survey.yaml" "$corpus/survey/codebook.yaml" "$project/"
cd "$project"
"$litrev" import "$corpus/searches/pubmed-2024-05-14.xml" --source PubMed --searched-on 2024-05-14 \
  --query-file "$corpus/searches/pubmed-2024-05-14.query.txt"
"$litrev" import "$corpus/searches/embase-2024-05-14.ris" --source Embase --searched-on 2024-05-14 \
  --query-file "$corpus/searches/embase-2024-05-14.query.txt"
"$litrev" dedupe | tail -n 2
"$litrev" screen --auto | tail -n 1
"$litrev" query '"social media"[tiab] AND (resident*[tiab] OR trainee*[tiab])' | tail -n 1
# Title and abstract: two blind reviewers' sheets, then the third reviewer's resolutions.
"$litrev" decisions import "$sheets/title-abstract-ana.csv" --reviewer ana | tail -n 1
"$litrev" decisions import "$sheets/title-abstract-ben.csv" --reviewer ben | tail -n 1
"$litrev" conflicts | tail -n 1
"$litrev" decisions import "$sheets/title-abstract-resolutions.csv" --reviewer cy | tail -n 1
"$litrev" agreement | tail -n 2
# Full text: both reviewers' sheets (with reasons, and one report not retrieved), then designs.
"$litrev" decisions import "$sheets/full-text-ana.csv" --reviewer ana --stage full-text | tail -n 1
"$litrev" decisions import "$sheets/full-text-ben.csv" --reviewer ben --stage full-text | tail -n 1
"$litrev" log | tail -n 2
tail -n +2 "$sheets/designs.csv" | while IFS=, read -r id design; do
  "$litrev" set "$id" "design=$design" >/dev/null
done
# Appraisal by two appraisers, their differences settled; extraction; the survey.
"$litrev" appraisals import "$sheets/appraisals-ana.csv" | tail -n 1
"$litrev" appraisals import "$sheets/appraisals-ben.csv" | tail -n 1
tail -n +2 "$sheets/appraisal-resolutions.csv" | while IFS=, read -r id instrument item answer; do
  "$litrev" appraisals resolve "$id" "$item" "$answer" --instrument "$instrument" --reviewer cy \
    >/dev/null
done
"$litrev" appraisals | sed -n 1,8p
"$litrev" extractions import "$sheets/extraction-ana.csv" --reviewer ana | tail -n 1
"$litrev" survey import "$corpus/survey/responses.csv"
"$litrev" survey summary | sed -n 1,6p
printf 'a\n%.0s' $(seq 81) | "$litrev" survey code --coder ana | tail -n 1
"$litrev" themes | sed -n 1,7p
# Linking the included studies to the themes, then the synthesis and the report.
"$litrev" link suggest --limit 1 | sed -n 1,6p
# theme-links.csv: id, theme, then the evidence, a sentence without commas.
tail -n +2 "$sheets/theme-links.csv" | while IFS=, read -r id theme evidence; do
  "$litrev" link "$id" "$theme" --evidence "$evidence" --reviewer ana >/dev/null
done
"$litrev" synthesis | sed -n 1,8p
"$litrev" export evidence --format md --columns id,first_author,year,design,appraisal_rating,themes
"$litrev" report --output "$report" | sed -n 1,1p
"$litrev" prisma
