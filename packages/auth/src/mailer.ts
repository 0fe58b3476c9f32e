/**
 * Outgoing email, for password-reset links only. Configured by SMTP_URL (e.g.
 * `smtps://user:pass@mail.example.com:465`, `smtp://localhost:1025`); without it there is no mailer
 * and an operator hands out links with `npm run user:reset-password -- <email>`.
 */
import { createTransport, type Transporter } from 'nodemailer';

export interface Mailer {
  sendPasswordReset(to: { email: string; fullName: string }, link: string, expiresAt: Date): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = createTransport(smtpUrl);
  return {
    async sendPasswordReset(to, link, expiresAt) {
      const minutes = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / 60_000));
      await transport.sendMail({
        from,
        to: { name: to.fullName, address: to.email },
        subject: 'Reset your Job Forge password',
        text: [
          `Hello ${to.fullName},`,
          '',
          'Someone (we hope you) asked to reset the password of your Job Forge account. To choose a new one, open:',
          '',
          link,
          '',
          `The link works once, for the next ${minutes} minutes. Setting a new password signs you out everywhere.`,
          'If you did not ask for this, ignore this email: your password stays as it is.',
        ].join('\n'),
      });
    },
    close: () => transport.close(),
  };
}

/** The page a reset link opens. The token travels in the fragment, which browsers never send to a server or in a Referer. */
export function passwordResetLink(baseUrl: string, token: string): string {
  let end = baseUrl.length;
  while (end > 0 && baseUrl[end - 1] === '/') end -= 1;
  return `${baseUrl.slice(0, end)}/reset-password#token=${token}`;
}
