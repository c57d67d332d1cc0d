import { hrefFor } from '../../lib/route.ts';

/** First start, on the coordinator's Today: what to do before anything can show up here. */
export function WelcomeCard() {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div>
        <h2 id="welcome-title">Enroll your first computer</h2>
        <p className="muted">
          Nothing to show yet: no school computer reports to this hub. Once one does, its requests
          and updates appear here live.
        </p>
      </div>
      <ol>
        <li>
          Check the <a href={hrefFor('settings')}>hub address</a> that school computers will use to
          reach this hub.
        </li>
        <li>
          In <a href={hrefFor('people')}>People › Enrollment</a>, create an enrollment token for a
          room and copy the install command it shows.
        </li>
        <li>
          On the school computer, install the Handraise agent and run that command. The computer
          appears under Devices within seconds.
        </li>
      </ol>
    </section>
  );
}
