import { useI18n } from '../../i18n/use-i18n';

/** Where a missing fact was looked for: written for users in English, and marked as English in the Chinese interfaces. */
export function SearchedNote({ text }: { text: string | null }) {
  const { m } = useI18n();
  if (!text) return null;
  return (
    <p className="tie-searched" data-field="searched">
      <span className="muted">{m.sources.notFound}: </span>
      <span lang="en">{text}</span>
      <span className="muted">{m.sources.inEnglish}</span>
    </p>
  );
}
