import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { randomBytes } from 'node:crypto'

import { checkRole } from '@/access/checkRole'
import { errorResponse } from '@/api/errorResponse'
import { collectionSlugs } from '@/content/constants'
import type { User } from '@/payload-types'

import { accountEmail, emailLanguage, invitationDays, resetLink } from './accountEmails'

const example = JSON.stringify({
  email: 'new.editor@example.com',
  role: 'editor',
  editableLocales: [],
  adminLanguage: 'ru',
})

/**
 * POST /api/users/invite {email, role, editableLocales?, name?, adminLanguage?}: an admin creates
 * an account without choosing its password; the person gets an email with a link to set one
 * (Payload's reset-password token, valid `invitationDays` days, at /admin/reset/<token>). Admins
 * only; the account is created with the admin's own access rules (roles, locales, the strong
 * password check on what they later choose). The email is in the new user's admin language.
 * If it cannot be sent, the account is removed again, so the invitation can simply be retried.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse('Sign in as an admin to invite people.', 401)
    if (!checkRole(['admin'], req.user)) return errorResponse('Only admins invite people.', 403)
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return errorResponse(`Send the invitation as JSON: ${example}.`, 400)
    }
    const data = (req.data ?? {}) as Record<string, unknown>
    const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
    if (!email) return errorResponse('email is required.', 400)
    if ('password' in data) {
      return errorResponse('An invitation sets no password: the person chooses it.', 400)
    }
    const { totalDocs } = await req.payload.count({
      collection: collectionSlugs.users,
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      return errorResponse(
        `${email} already has an account; they can use “Forgot password?” on the sign-in page.`,
        400,
      )
    }

    const user = (await req.payload.create({
      collection: collectionSlugs.users,
      data: {
        email,
        role: data.role,
        editableLocales: data.editableLocales,
        name: data.name,
        adminLanguage: data.adminLanguage,
        // Nobody knows it: the account can be used only once its owner sets a password.
        password: randomBytes(32).toString('base64url'),
      } as User,
      overrideAccess: false,
      user: req.user,
      req,
    })) as User

    try {
      // Without `req`: a Local API call, which the sign-in throttle does not count.
      const token = await req.payload.forgotPassword({
        collection: collectionSlugs.users,
        data: { email },
        disableEmail: true,
        expiration: invitationDays * 24 * 60 * 60 * 1000,
      })
      const message = accountEmail('invitation', emailLanguage(user, req), resetLink(req, token))
      await req.payload.sendEmail({ to: email, ...message })
    } catch (err) {
      req.payload.logger.error({ err, msg: `Could not send the invitation to ${email}` })
      await req.payload.delete({ collection: collectionSlugs.users, id: user.id })
      return errorResponse(
        'The invitation could not be sent, so no account was created. Try again later.',
        502,
      )
    }
    return Response.json(
      {
        message: `Invitation sent to ${email}.`,
        user: { id: user.id, email: user.email, role: user.role },
      },
      { status: 201 },
    )
  },
}
