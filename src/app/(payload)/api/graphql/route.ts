/*
 * Payload generates this file as `export const POST = GRAPHQL_POST(config)` and
 * `export const OPTIONS = REST_OPTIONS(config)` (templates/blank). It differs on purpose: each
 * wrapper answers before or after Payload's handler, where no Payload hook reaches —
 * sameOriginWrites: a cross-origin write is a 403 before Payload reads the session cookie;
 * limitRequestBody / limitGraphQLDocument: an oversized body or document is refused before it
 * is parsed and validated;
 * refuseUnknownLocales: an unknown ?locale= is one 400, not a 200 with an error per root field;
 * hideGraphQLSuggestions: no "Did you mean …?" in production;
 * reportGraphQLClientErrors: Payload's body errors as JSON 4xx answers, refused queries a 400.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitGraphQLDocument } from '@/api/limitGraphQLDocument'
import { limitRequestBody } from '@/api/limitRequestBody'
import { hideGraphQLSuggestions } from '@/api/hideGraphQLSuggestions'
import { refuseUnknownLocales, reportGraphQLClientErrors } from '@/api/routeGuards'
import { sameOriginWrites } from '@/api/sameOriginWrites'

export const POST = sameOriginWrites(
  limitRequestBody(
    limitGraphQLDocument(
      refuseUnknownLocales(hideGraphQLSuggestions(reportGraphQLClientErrors(GRAPHQL_POST(config)))),
    ),
  ),
)
export const OPTIONS = REST_OPTIONS(config)
