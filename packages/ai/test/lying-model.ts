/** A tailored resume as a lying model would write it: an employer and a skill the user never had. */
export const lyingResume = `# Jane Doe
jane.doe@example.com · Berlin · github.com/janedoe

## Summary

Backend engineer with 7 years building payment and data platforms in TypeScript and Python.

## Skills

- **Languages:** TypeScript, Python, SQL, Go
- **Platforms:** Kubernetes, Docker, AWS, Terraform, PostgreSQL, Redis, Kafka

## Experience

### Senior Software Engineer — Acme Payments GmbH (Mar 2021 – Present)

- Led the migration of 40 services from a monolith to Node.js microservices on AWS, cutting deploy time by 70%.
- Ran 300 Node.js pods on Kubernetes with zero downtime.
- Designed a PostgreSQL partitioning scheme that kept p99 query latency under 50 ms at 12,000 requests per second.

### Staff Engineer — Globex Corporation (2015 – 2017)

- Scaled the payments ledger to 1 billion events a day.
- Drove the platform roadmap for 12 teams.

### Software Engineer — Northwind Analytics (Jun 2017 – Feb 2021)

- Wrote Python ETL jobs in Apache Airflow that loaded 300 GB per night into Snowflake.
- Introduced Docker and GitHub Actions CI/CD, reducing release failures by 45%.

## Education

B.Sc. Computer Science, Technical University of Munich (2013 – 2017)
`;
