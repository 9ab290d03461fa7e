/*
 * Payload generates this file as `export const GET = REST_GET(config)`, one line per method
 * (templates/blank). It differs on purpose: each wrapper answers before Payload handles the
 * request, where a Payload hook would come too late or not at all —
 * sameOriginWrites: a cross-origin write is a 403 before Payload reads the session cookie;
 * limitRequestBody: an oversized body is a 413 before Payload buffers and parses it;
 * answerMissingFiles: a media file not on disk is a 404 before Payload's 500 naming its path;
 * refuseUnversionedVersions: /{collection}/versions without versions is a 404, not a 500 on a
 * missing table;
 * refuseUnknownLocales: an unknown ?locale= or ?fallback-locale= is a 400 for every route, our
 * own endpoints included (which would otherwise see the request signed out).
 * What a client puts in a query is checked inside Payload (src/api/rejectMalformedQueries.ts and
 * the afterError hooks in payload.config.ts).
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { answerMissingFiles } from '@/api/answerMissingFiles'
import { limitRequestBody } from '@/api/limitRequestBody'
import { refuseUnversionedVersions } from '@/api/refuseUnversionedVersions'
import { refuseUnknownLocales } from '@/api/routeGuards'
import { sameOriginWrites } from '@/api/sameOriginWrites'

export const GET = refuseUnknownLocales(
  answerMissingFiles(config, refuseUnversionedVersions(config, REST_GET(config))),
)
export const POST = sameOriginWrites(
  refuseUnknownLocales(limitRequestBody(refuseUnversionedVersions(config, REST_POST(config)))),
)
export const DELETE = sameOriginWrites(refuseUnknownLocales(REST_DELETE(config)))
export const PATCH = sameOriginWrites(refuseUnknownLocales(limitRequestBody(REST_PATCH(config))))
export const PUT = sameOriginWrites(refuseUnknownLocales(limitRequestBody(REST_PUT(config))))
export const OPTIONS = REST_OPTIONS(config)
