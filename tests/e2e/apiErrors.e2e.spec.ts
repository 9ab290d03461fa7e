import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')

/** The checks of src/api as Next serves them (the integration tests cover them case by case). */
describe('malformed API requests through the running site', () => {
  // The messages are checked too: the production build minifies class names, and Payload answers
  // an error without a name as "An unknown error occurred.".
  it.each([
    ['/api/guides/abc', 404, /^Not Found$/],
    ['/api/guides/99999999999', 404, /^Not Found$/],
    ['/api/guides?page=-1', 400, /"page"/],
    ['/api/guides?limit=-5', 400, /"limit"/],
    ['/api/guides?locale=xx', 400, /Unknown locale "xx"/],
    ['/api/guides?where=abc', 400, /"where" must be JSON/],
    ['/api/guides?where[id][equals]=99999999999', 400, /is not a document id/],
    ['/api/guides?where[body][like]=x', 400, /"like" cannot be used on a richText field/],
  ])('GET %s is a %i with a JSON message', async (path, status, message) => {
    const response = await fetch(`${baseUrl}${path}`)
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(message) }] })
  })

  it('a REST body that is not JSON is a 400 saying so', async () => {
    const response = await fetch(`${baseUrl}/api/guides`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('a GraphQL body that is not JSON is a 400 with a JSON message', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('valid reads are answered as before', async () => {
    const response = await fetch(`${baseUrl}/api/guides?limit=1&locale=ru`)
    expect(response.status).toBe(200)
    const { docs, totalDocs } = await response.json()
    expect(docs).toHaveLength(1)
    expect(totalDocs).toBeGreaterThan(1)
  })
})
