import classes from './insights.module.css';

export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/**
 * A rate never stands alone: the counts come with it (as its title), and a rate resting on too few
 * applications is shown as its counts ("2 of 3"), dimmed, instead of a percentage.
 */
export function Rate({
  part,
  whole,
  rate,
  enough,
}: {
  part: number;
  whole: number;
  rate: number | null;
  enough: boolean;
}) {
  if (whole === 0) return <span className={classes.low}>–</span>;
  return (
    <span title={`${part} of ${whole}`}>
      {enough ? (
        percent(rate)
      ) : (
        <span className={classes.low}>
          {part} of {whole}
        </span>
      )}
    </span>
  );
}
