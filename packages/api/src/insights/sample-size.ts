/**
 * A rate from fewer applications than this is not shown as a rate without saying so: each rate the
 * insights return carries `enough`, and the pages show the counts instead ("2 of 3").
 */
export const MIN_SAMPLE = 5;
