/**
 * What became of a form's last submission: the hub's refusal in words (always in the page, so
 * screen readers hear it when it appears) and, once it worked, what changed.
 */
export function FormOutcome({ error, done }: { error: string; done?: string | null }) {
  return (
    <>
      <p className="form-error" role="alert">
        {error}
      </p>
      {done && (
        <p className="notice good" role="status">
          {done}
        </p>
      )}
    </>
  );
}
