; Included by electron-builder's NSIS installer of the agent (nsis.include), installed per machine.
;  - The tray starts for every user who signs in (HKLM Run), not only for whoever installed it:
;    school computers are shared.
;  - Enrollment from switches, never from the agent's command line:
;      Handraise-Agent-Setup-<version>.exe /S /HUB=https://hub.school.lan:7300 /TOKEN=… /HUB_FINGERPRINT=…
;    written to %ProgramData%\Handraise\agent.json by write-enrollment.ps1 (SYSTEM and
;    Administrators only), then the machine-wide service is registered.
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define HANDRAISE_AGENT_DIR "$INSTDIR\resources\agent"

!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Handraise" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'

  ; The registers are electron-builder's script's too: kept as they were.
  Push $R0
  Push $R1
  Push $R2
  Push $R3
  ${GetParameters} $R0
  ${GetOptions} $R0 "/HUB=" $R1
  ${GetOptions} $R0 "/TOKEN=" $R2
  ${GetOptions} $R0 "/HUB_FINGERPRINT=" $R3
  ${If} "$R1$R2$R3" != ""
    nsExec::ExecToLog '"$SYSDIR\WindowsPowerShell\v1.0\powershell.exe" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "${HANDRAISE_AGENT_DIR}\write-enrollment.ps1" -Hub "$R1" -Token "$R2" -HubFingerprint "$R3"'
    Pop $R0
    ${If} $R0 != 0
      ; A wrong setting fails the install (exit code 2 for deployment tools) instead of leaving a
      ; computer that never enrolls.
      SetErrorLevel 2
      MessageBox MB_ICONSTOP "The enrollment settings (/HUB, /TOKEN, /HUB_FINGERPRINT) were not accepted: see the installer log." /SD IDOK
      Abort
    ${EndIf}
  ${EndIf}

  ; A computer where the service cannot start yet still gets the agent; its log says why.
  nsExec::ExecToLog '"${HANDRAISE_AGENT_DIR}\handraise-agent.exe" service install'
  Pop $R0
  Pop $R3
  Pop $R2
  Pop $R1
  Pop $R0
!macroend

!macro customUnInstall
  ; An update runs the old uninstaller first: the service stays registered, the new version
  ; registers it again. It is stopped all the same, because Windows will not replace the files of
  ; a running program.
  Push $R0
  ${If} ${isUpdated}
    nsExec::ExecToLog '"${HANDRAISE_AGENT_DIR}\handraise-agent-service.exe" stop'
  ${Else}
    nsExec::ExecToLog '"${HANDRAISE_AGENT_DIR}\handraise-agent.exe" service uninstall'
  ${EndIf}
  Pop $R0 ; its exit code: a service already stopped or gone is no reason to stop uninstalling
  Pop $R0
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Handraise"
!macroend
