import { inAdminLanguage } from '@/i18n/admin/languages'

/** The invitation form's texts in the admin's three languages (Payload's i18n.language). */
const messages = {
  en: {
    title: 'Invite by email',
    intro: 'The person gets an email with a link to choose their own password.',
    email: 'Email',
    name: 'Name',
    role: 'Role',
    locales: 'Locales (translators)',
    language: 'Admin language',
    languageDefault: 'Same as mine',
    roles: { admin: 'Admin', editor: 'Editor', translator: 'Translator' },
    send: 'Send invitation',
    sending: 'Sending…',
  },
  ru: {
    title: 'Пригласить по почте',
    intro: 'Человек получит письмо со ссылкой, по которой сам задаст пароль.',
    email: 'Почта',
    name: 'Имя',
    role: 'Роль',
    locales: 'Языки (для переводчиков)',
    language: 'Язык админки',
    languageDefault: 'Как у меня',
    roles: { admin: 'Администратор', editor: 'Редактор', translator: 'Переводчик' },
    send: 'Отправить приглашение',
    sending: 'Отправка…',
  },
  zh: {
    title: '通过邮件邀请',
    intro: '对方会收到一封邮件，通过其中的链接自行设置密码。',
    email: '电子邮箱',
    name: '姓名',
    role: '角色',
    locales: '语言（译者）',
    language: '后台语言',
    languageDefault: '与我相同',
    roles: { admin: '管理员', editor: '编辑', translator: '译者' },
    send: '发送邀请',
    sending: '正在发送…',
  },
}

export const inviteMessages = (language: unknown) => inAdminLanguage(messages, language)
