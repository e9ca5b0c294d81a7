import type { Ref } from 'react';

/**
 * A hidden `<input type="file">` that hands the chosen file to `onFile`; a button clicks it
 * through `ref`. It resets after each choice, so choosing the same file again opens it again.
 */
export function OpenFileInput({
  ref,
  accept,
  label,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="pm-visually-hidden"
      tabIndex={-1}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
