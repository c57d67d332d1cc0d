; Included by electron-builder's NSIS installer (nsis.include). The tray starts for every user who
; signs in to this computer, not only for whoever installed it: school computers are shared.
!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Handraise" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
!macroend

!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Handraise"
!macroend
