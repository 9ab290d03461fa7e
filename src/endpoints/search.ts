import type { Endpoint } from 'payload'

import { errorResponse } from '@/api/errorResponse'
import { parseSearchParams, searchContent, SearchInputError } from '@/lib/search/query'

/**
 * GET /api/search?locale={zh|ru|en}&q={text}&limit={n}
 * → {"hits":[{"collection","slug","title","url","snippet"}],"total"}, best first.
 * Bad input is a 400 with a message; only published content is indexed.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost/')
    try {
      const params = parseSearchParams({
        locale: url.searchParams.get('locale'),
        q: url.searchParams.get('q'),
        limit: url.searchParams.get('limit'),
      })
      return Response.json(await searchContent(req.payload, params))
    } catch (error) {
      if (error instanceof SearchInputError) return errorResponse(error.message, 400)
      throw error
    }
  },
}
